package fr.deciderensemble.trophees.web;

/** Where a "come back to" parameter may send a browser: only paths of this application, never elsewhere. */
public final class SameSite {

    private SameSite() {
    }

    public static boolean isPath(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
                && target.chars().noneMatch(Character::isISOControl);
    }
}
