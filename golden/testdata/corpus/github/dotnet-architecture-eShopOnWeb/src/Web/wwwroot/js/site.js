// Write your Javascript code.
