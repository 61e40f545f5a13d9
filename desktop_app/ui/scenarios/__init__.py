"""The Scenarios section: studies, cross impacts, experts, solving, MICMAC and scenario axes."""
