"""Pure domain rules: no Qt, no sqlite-utils, no openpyxl, nothing from the layers above."""
