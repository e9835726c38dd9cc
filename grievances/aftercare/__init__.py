"""Closing the loop with the reporter: their verdict on a resolution, remedies delivered, the
retaliation watch after closure, and the mechanism's own performance figures."""
