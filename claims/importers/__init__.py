"""Readers for fact-check archives (LIAR, ClaimReview) and the bulk writes that store them."""
