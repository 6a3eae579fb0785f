pkg_nil_ran = (pkg_nil_ran or 0) + 1
