"""Reading and writing workbooks and exchange files; no Qt."""
