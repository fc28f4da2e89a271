import {type Archive, postToJson} from '../../source/archive/post.js';

/**
Everything a user could see of an archive: every field of every post and page, bodies too; and
its fingerprint when asked (a load without the cache has none).
*/
export function archiveView(archive: Archive, {fingerprint = false} = {}): unknown {
	const post = (item: Archive['posts'][number]): unknown => ({...postToJson(item, true), file: item.file});
	return {
		root: archive.root,
		site: archive.site,
		posts: archive.posts.map(item => post(item)),
		pages: archive.pages.map(item => post(item)),
		drafts: archive.drafts,
		skipped: archive.skipped,
		...(fingerprint ? {fingerprint: archive.fingerprint} : {}),
	};
}
