"""The Qt-free checker service: the checker process, its work, layout and offset maps.

The window talks to it only through :mod:`reviewdesk.service.check_process`'s
``RemoteService`` (or a ``CheckService`` on a thread in tests); nothing here imports Qt,
so the child process starts without loading it.
"""
