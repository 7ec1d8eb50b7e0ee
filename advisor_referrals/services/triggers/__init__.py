"""Conversation triggers and the trigger-kind library."""
