"""Training and evaluation: align scraped lines to gold text, fit the line model, score extractions.

Nothing here is imported by ``import boilerkill``; scikit-learn is needed only to fit.
"""
