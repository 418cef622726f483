"""The Streamlit dashboard's own code: what app.py and pages/ share, kept out of the core ``geo`` package.

``ui.shell`` and ``ui.navigation`` import streamlit; the other modules are plain
Python (pandas, geo) so they can be tested and benchmarked without it.
"""
