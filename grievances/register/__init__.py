"""The employer and estate register: company groups, companies, estates and mills, their RSPO/ISPO
facts and known buyers; matching reporters' free text to it; patterns across reporters and the
collective complaints they lead to. Staff only: never in public pages, search, sitemaps or APIs."""
