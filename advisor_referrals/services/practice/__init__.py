"""A practice on one server: its members, whose clients a view shows, handing a book over,
follow-ups taken on by a member, compliance notes, and the administration commands."""
