"""What every app's API shares for query parameters: bounded text and id fields, safe ordering, and
the backend that answers 400 to a parameter the endpoint does not know.

Below the apps: claims and sources import it; it imports neither, nor the project package.
"""
