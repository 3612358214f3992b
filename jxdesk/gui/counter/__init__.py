"""The counter wizard: a clerk's four pages, result panels, explanations and printouts.

Everything here only shows what the shared view model (jxdesk.gui.viewmodel) holds;
the kiosk's screens are in jxdesk.gui.kiosk, and both use the rest of jxdesk.gui.
"""
