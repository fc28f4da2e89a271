/**
Stands in for supports-hyperlinks in the bundle (`--alias` in the build script). marked-terminal
reads it only in its `link` renderer, which ours replaces: whether links are hyperlinks is
decided by the `links` option, not by sniffing the environment.
*/
const support = {stdout: false, stderr: false};
export default support;
