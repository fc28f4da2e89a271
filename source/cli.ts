// Placeholder entry until the commands land.
console.log('blog-reader');
