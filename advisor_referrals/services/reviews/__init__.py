"""Portfolio reviews: booking, cadence, what is due, and the calendar export."""
