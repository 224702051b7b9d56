"""The remittance calculator of chapter 8 (see panel.CalculatorPanel)."""
