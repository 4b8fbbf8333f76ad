package fr.deciderensemble.trophees.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API lives under /api; staff authenticate with HTTP Basic. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
