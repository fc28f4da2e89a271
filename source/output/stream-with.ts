/**
A stream with some of its members replaced and every other one its own: the reader hands ink a
stdout that marks frames and a stdin that filters mouse reports or holds keys back. Methods are
bound to the stream, so ink's calls reach the real one.
*/
export function streamWith<Stream extends object>(stream: Stream, replaced: Partial<Record<keyof Stream, unknown>>): Stream {
	return new Proxy(stream, {
		get(target, property) {
			if (Object.hasOwn(replaced, property)) {
				return replaced[property as keyof Stream];
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...arguments_: unknown[]) => unknown).bind(target) : value;
		},
	});
}
