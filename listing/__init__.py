"""What every app's list endpoints share: bounded text and id fields, safe ordering, and the backend
that answers 400 to a query parameter the endpoint does not know.

Below the apps: claims and sources import it; it imports neither, nor the project package.
"""
