package stdlib

import "wippylua/vm"

// openOS installs the os library.
func openOS(s *vm.State, loaded *vm.Table, p Profile) {}
