"""The Lifecycles & competencies section: lifecycles, the capability register, priorities."""
