#!/usr/bin/env bash
# Lays out Trophées as a Payara Micro launcher directory, the form that starts fastest:
#
#   mvn -B package -DskipTests && src/main/payara/launcher/install.sh DIR && DIR/archive-classes
#   DIR/trophees [Payara Micro flags, e.g. --port 8080]
#
# Unlike java -jar target/trophees.jar, nothing is unpacked at each start (the runtime lives in DIR), and
# archive-classes records the classes a start loads into a class-data-sharing archive that later starts map
# instead of loading again (Payara's own advice for containers). The archive belongs to the JVM that made it and
# to DIR's path: make it where and with the java that will run the application, as docker/Dockerfile does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
dir=${1:?usage: install.sh DIR}
target="$repo/target"
for built in "$target/payara-micro.jar" "$target/micro/ROOT.war" "$target/micro-lib"; do
  [ -e "$built" ] || { echo "$built is missing: run mvn -B package -DskipTests first" >&2; exit 1; }
done
[ -e "$dir" ] && { echo "$dir already exists: install into a new directory" >&2; exit 1; }

java -jar "$target/payara-micro.jar" --rootdir "$dir" --outputlauncher > /dev/null
dir=$(cd "$dir" && pwd)
# The libraries the uber jar carries in MICRO-INF/lib: the launcher puts its lib directory on the class path.
cp "$target"/micro-lib/*.jar "$dir/lib/"
cp "$target/micro/ROOT.war" "$repo"/src/main/payara/{logging.properties,system.properties,pre-boot-commands.txt} "$dir/"
# Each start restores this copy, so that the pre-boot commands find the configuration they were written for.
cp -a "$dir/config" "$dir/config.installed"
install -m 755 "$here/trophees" "$here/archive-classes" "$dir/"
echo "installed in $dir; next: $dir/archive-classes, then $dir/trophees"
