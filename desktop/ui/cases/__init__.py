"""The cases page (案例): list, case view, chart, statements, review, reports."""
