"""Speed budgets of docs/design.md, "Budgets", each measured beside a raw baseline in the same run."""
