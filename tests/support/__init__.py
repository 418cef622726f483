"""Helpers the tests share (importable as ``support`` through pytest.ini's ``pythonpath``); no tests here."""
