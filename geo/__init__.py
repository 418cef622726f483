"""The drone-incident atlas core: extraction, geocoding, storage and exports.

Plain Python with no Streamlit import, so it is testable and usable as a CLI
(``python -m geo``) as well as from the dashboard.
"""

__version__ = "0.1.0"
