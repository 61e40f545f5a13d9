"""The Data section: observations table with filters, editing with undo, time-series chart."""
