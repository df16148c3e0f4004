"""Documented views for policy officers (`v_*.sql`), (re)created by `warehouse.db.migrate`."""
