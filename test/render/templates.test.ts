import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {expandTemplates} from '../../source/render/templates.js';
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
	assert.match(out, /\[image: Portage\] \(\/img\/portage\.jpg\)/);
	assert.match(out, /\[youtube: dQw4w9WgXcQ\] \(https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ\)/);
	assert.match(out, /^TIP: Inner advice stays\.$/m);
	assert.match(out, /the other post \(post:other\.md\)/);
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

test('template calls become Markdown images and links carrying their argument', () => {
	const cases: Array<[string, string]> = [
		['{{< figure src="/img/bay.jpg" caption="Portage bay" >}}', '![Portage bay](</img/bay.jpg>)'],
		['{{< youtube id="abc" title="Talk" >}}', '[\\[youtube: Talk\\]](<https://www.youtube.com/watch?v=abc>)'],
		['{{< tweet user="jack" id="20" >}}', '[\\[tweet: 20\\]](<https://twitter.com/jack/status/20>)'],
		['{{< gist spf13 7896402 >}}', '[\\[gist: spf13/7896402\\]](<https://gist.github.com/spf13/7896402>)'],
		['{% include image.html url="/img/a.png" description="A cat" %}', '![A cat](</img/a.png>)'],
		['{% include note.html content="Be careful" %}', '\\[include: note: Be careful\\]'],
		['{{image "x.png"}} {{ image "y.png" "Why" }}', '![](<x.png>) ![Why](<y.png>)'],
		['{% youtube abc %}', '[\\[youtube: abc\\]](<https://www.youtube.com/watch?v=abc>)'],
	];
	for (const [call, markdown] of cases) {
		assert.equal(expandTemplates(call), markdown, call);
	}
});

test('references to other posts become post: link targets, as written', () => {
	assert.equal(expandTemplates('[the post]({{< ref "blog/x.md#part" >}})'), '[the post](post:blog/x.md#part)');
	assert.equal(expandTemplates('[the post]({{< relref "x" >}})'), '[the post](post:x)');
	assert.equal(expandTemplates('[a]({% post_url 2010-07-21-name %})'), '[a](post:2010-07-21-name)');
	assert.equal(expandTemplates('[a]({% link _posts/2010-07-21-name.md %})'), '[a](post:_posts/2010-07-21-name.md)');
	assert.equal(expandTemplates('[a]: {% post_url 2010-07-21-name %}'), '[a]: post:2010-07-21-name');
	// Standing alone, a reference is a link whose text is the reference.
	assert.equal(expandTemplates('See {{< ref "other.md" >}}.'), 'See [other.md](<post:other.md>).');
	assert.equal(expandTemplates('<a href="{% post_url 2010-07-21-name %}">a</a>'), '<a href="post:2010-07-21-name">a</a>');
});

test('notices are labelled paragraphs, never raw braces', async () => {
	const out = await renderPost(makePost('Before.\n\n{{% notice warning "Mind the gap" %}}\nThe inner text.\n{{% /notice %}}\n\nAfter.'), options);
	assert.match(out, /WARNING \(Mind the gap\): The inner text\./);
	assert.ok(!out.includes('{{'));
});

test('calls that span lines are expanded, template syntax in inline code is shown as written', () => {
	assert.equal(expandTemplates('[first]({% link\n_posts/2017-10-19-x.markdown %})'), '[first](post:_posts/2017-10-19-x.markdown)');
	assert.equal(expandTemplates('{{< figure\n  src="a.png"\n  caption="Cap" >}}'), '![Cap](<a.png>)');
	assert.equal(expandTemplates('Use `{{ .Title }}` or ``{% if x %}``, not {{ page.x }}.'), 'Use `{{ .Title }}` or ``{% if x %}``, not [page.x].');
});

test('inside an HTML block a call becomes HTML, so no Markdown shows raw', () => {
	assert.equal(expandTemplates('<div class="c">\n  {{< double_donation >}}\n</div>'), '<div class="c">\n  [double_donation]\n</div>');
	assert.equal(expandTemplates('<p>\n{{< youtube abc >}} {{< figure src="a.png" caption="A & B" >}}\n</p>'),
		'<p>\n<a href="https://www.youtube.com/watch?v=abc">[youtube: abc]</a> <img src="a.png" alt="A &amp; B">\n</p>');
	assert.equal(expandTemplates('Text.\n\n{{< youtube abc >}}'), 'Text.\n\n[\\[youtube: abc\\]](<https://www.youtube.com/watch?v=abc>)');
});

test('a JSX attribute expression is not a template call, and its tag stays a tag', async () => {
	const line = "- <span style={{wordBreak: 'break-word'}}>[`at://x`](https://pdsls.dev/at://x)</span>";
	assert.equal(expandTemplates(line), '- <span style="">[`at://x`](https://pdsls.dev/at://x)</span>');
	const out = await renderPost(makePost(`Each:\n\n${line}\n`), options);
	assert.ok(!out.includes('<span'), out);
	assert.ok(!out.includes('wordBreak'), out);
});
