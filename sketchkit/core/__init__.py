"""Foundation: texts in the user's language, JSON Pointers, Norwegian numbers and identifiers,
data files, safe text and atomic writes. Imports nothing else from sketchkit."""
