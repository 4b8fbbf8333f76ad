#!/usr/bin/env bash
# Cold start of the application against bare Payara Micro, measured side by side on this machine.
#
#   mvn -B package -DskipTests && src/test/sh/cold-start.sh [runs]
#
# Bare: target/payara-micro.jar deploying a one-page WAR, until that page answers 200. Application, in the form
# docker/Dockerfile ships: a launcher directory with its class archive (src/main/payara/launcher), made once
# before the runs as an image build does, started on a new, empty data directory (embedded H2, every migration
# to run) until /health answers 200; and, for comparison, java -jar target/trophees.jar the same way. All with
# --nocluster on free ports, in turn; the medians and the ratios to bare Payara Micro are printed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/bare"
echo '<!DOCTYPE html><title>bare</title>' > "$work/bare/index.html"
(cd "$work/bare" && jar cf "$work/bare.war" index.html)

src/main/payara/launcher/install.sh "$work/app" > /dev/null
"$work/app/archive-classes"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Seconds from the JVM's launch to the first 200 on the URL; the process is stopped afterwards.
time_to_200() {
  local url=$1; shift
  local start end pid code
  start=$(date +%s.%N)
  "$@" > "$work/last.log" 2>&1 &
  pid=$!
  until code=$(curl -s -o /dev/null -w '%{http_code}' "$url") && [ "$code" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "stopped before answering, see:" >&2; tail -20 "$work/last.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

bare=() app=() jar=()
for i in $(seq "$runs"); do
  port=$(free_port)
  bare+=("$(time_to_200 "http://127.0.0.1:$port/bare/index.html" \
    java -jar target/payara-micro.jar --nocluster --port "$port" --deploy "$work/bare.war")")
  port=$(free_port)
  app+=("$(TROPHEES_DATA_DIR="$work/data-app-$i" TROPHEES_MANAGEMENT_PORT=$(free_port) \
    time_to_200 "http://127.0.0.1:$port/health" "$work/app/trophees" --nocluster --port "$port")")
  port=$(free_port)
  jar+=("$(TROPHEES_DATA_DIR="$work/data-jar-$i" TROPHEES_MANAGEMENT_PORT=$(free_port) \
    time_to_200 "http://127.0.0.1:$port/health" java -jar target/trophees.jar --nocluster --port "$port")")
  echo "run $i: bare ${bare[-1]} s, application ${app[-1]} s, java -jar target/trophees.jar ${jar[-1]} s"
done
b=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
j=$(printf '%s\n' "${jar[@]}" | median)
printf 'median: bare Payara Micro %.1f s; application %.1f s, ratio %.2f; java -jar target/trophees.jar %.1f s, ratio %.2f\n' \
  "$b" "$a" "$(echo "$a / $b" | bc -l)" "$j" "$(echo "$j / $b" | bc -l)"
