"""Medical reimbursement over a settlement year: fund, account, 大病保险, 医疗救助."""
