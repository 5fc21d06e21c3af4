"""Compliance screens (issue 6): agreements, consent review, certificate notices, SMS code,
face check, expiry banner.  Rules live in app.compliance; these only ask and show."""
