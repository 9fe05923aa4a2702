"""Pasted messages: find every number, link, address and handle, read what is asked, sum it up."""
