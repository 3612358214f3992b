"""The 2025 Jiaxing rules as code. Figures come from the parameter snapshot, never literals."""
