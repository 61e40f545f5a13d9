"""Export and merge dialogs (Excel out, projects between offices)."""
