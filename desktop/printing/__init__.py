"""Qt-rendered documents (PDF, chart images) shared by the window and the CLI.

The layer between the front ends and services: `ui, cli → printing → services`. It uses
QtGui/QtCharts to draw, never a window's widgets or a page.
"""
