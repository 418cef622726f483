"""Whether a cell holds a value: one answer for the map, the exports and the dashboard.

A store row read through pandas gives an empty cell as None, NaN, ``pd.NA`` or ``pd.NaT``
depending on its column's type, and an edited table may give blank text.  Each check here names
every one of them, so no view prints "nan" or "None" where another shows nothing, and none
compares ``pd.NA`` (which raises) as if it were a value.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd


def is_missing(value: Any) -> bool:
    """True for an empty cell: None, NaN (a Python or numpy float), ``pd.NA`` or ``pd.NaT``."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and math.isnan(value)


def is_blank(value: Any) -> bool:
    """True for an empty cell (:func:`is_missing`) or text that is only white space."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def or_none(value: Any) -> Any:
    """The value, or None for a blank cell (:func:`is_blank`)."""
    return None if is_blank(value) else value
