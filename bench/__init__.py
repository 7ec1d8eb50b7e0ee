"""Speed budgets of DESIGN.md section 6, each measured beside a raw baseline in the same run."""
