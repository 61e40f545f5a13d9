"""The project file: schema, migrations, repositories and provenance; no Qt."""
