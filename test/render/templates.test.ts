import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const options = {width: 80, color: false, links: 'inline'} as const;

test('Hugo shortcodes become markers or their inner text', async () => {
	const body = [
		'{{< figure src="/img/portage.jpg" title="Portage" >}}',
		'',
		'{{< youtube dQw4w9WgXcQ >}}',
		'',
		'{{% notice tip %}}Inner advice stays.{{% /notice %}}',
		'',
		'See [the other post]({{< ref "other.md" >}}).',
		'',
		'{{< highlight go >}}',
		'fmt.Println("hi")',
		'{{< /highlight >}}',
		'',
		'Shown literally: {{</* figure src="x" */>}}',
	].join('\n');
	const out = await renderPost(makePost(body), options);
	assert.match(out, /\[figure: Portage\] \(\/img\/portage\.jpg\)/);
	assert.match(out, /\[youtube: dQw4w9WgXcQ\] \(https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ\)/);
	assert.match(out, /\[notice: tip\]Inner advice stays\./);
	assert.match(out, /the other post \(other\.md\)/);
	assert.match(out, /^│ fmt\.Println\("hi"\)$/m);
	assert.match(out, /Shown literally: \{\{< figure src="x" >\}\}/);
	assert.ok(!out.includes('{{<') || out.includes('Shown literally: {{<'), 'no other shortcode left');
	assert.equal(out.split('{{').length - 1, 1);
});

test('Liquid tags and output do not leak', async () => {
	const body = [
		'{% include toc.html %}',
		'',
		'Site: [home]({{ site.baseurl }}/index.html) by {{ page.author | upcase }}.',
		'',
		'{% raw %}Kept {{ literally }}{% endraw %}',
		'',
		'{% comment %}hidden note{% endcomment %}Visible.',
		'',
		'{% highlight ruby %}',
		'puts 1',
		'{% endhighlight %}',
		'',
		'{% if page.x %}conditional text{% endif %}',
		'',
		'```',
		'{{ code.stays }}',
		'```',
	].join('\n');
	const out = await renderPost(makePost(body), options);
	assert.match(out, /\[include: toc\.html\]/);
	assert.match(out, /Site: home \(\/index\.html\) by \[page\.author\]\./);
	assert.match(out, /Kept \{\{ literally \}\}/);
	assert.ok(!out.includes('hidden note'));
	assert.match(out, /^Visible\.$/m);
	assert.match(out, /^│ puts 1$/m);
	assert.match(out, /conditional text/);
	assert.match(out, /^│ \{\{ code\.stays \}\}$/m);
	assert.ok(!out.includes('{%'));
});
