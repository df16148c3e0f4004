"""Versioned schema migrations (`NNN_name.sql`), applied in order once each by `warehouse.db.migrate`."""
