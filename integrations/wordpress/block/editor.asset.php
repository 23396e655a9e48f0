<?php
// Dependencies of editor.js, which is plain JavaScript: nobody has to run a build step.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.0.0-source',
);
