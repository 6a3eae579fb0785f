pkg_false_ran = (pkg_false_ran or 0) + 1
return false
