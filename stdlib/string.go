package stdlib

import "wippylua/vm"

// openString installs the string library.
func openString(s *vm.State, loaded *vm.Table, p Profile) {}
