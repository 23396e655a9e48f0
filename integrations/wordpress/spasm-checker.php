<?php
/**
 * Plugin Name:       Muscle Cramp Checker
 * Plugin URI:        https://github.com/spasm-checker/spasm-checker
 * Description:       The &lt;spasm-checker&gt; widget as a block ("Muscle cramp checker") and a shortcode ([spasm_checker]): education about muscle cramps and a step-by-step symptom check that ends in a level of care. Runs in the visitor's browser; sends nothing anywhere.
 * Version:           0.0.0-source
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       spasm-checker
 *
 * The block and the shortcode render through the same function, so both escape every attribute
 * the same way. The widget itself validates the values (and warns in the console about any it
 * cannot use); this file only passes them through, escaped. "0.0.0-source" is replaced with the
 * package version by `npm run build`, which also puts dist/spasm-checker.js beside this file.
 */

defined( 'ABSPATH' ) || exit;

const SPASM_CHECKER_VERSION = '0.0.0-source';

/**
 * The element's attributes, each with its block attribute name. Shortcodes use the element's
 * names (clinic-name="…"); clinic_name="…" works as well.
 */
const SPASM_CHECKER_ATTRIBUTES = array(
	'clinic-name'      => 'clinicName',
	'clinic-phone'     => 'clinicPhone',
	'booking-url'      => 'bookingUrl',
	'emergency-number' => 'emergencyNumber',
	'view'             => 'view',
	'theme'            => 'theme',
	'heading-level'    => 'headingLevel',
	'lang'             => 'lang',
	'share-level'      => 'shareLevel',
);

/**
 * The <spasm-checker> tag with its fallback lines, and on the first call of a page the script
 * right after it: the widget is drawn before anything below it, so nothing on the page moves.
 *
 * @param array $values Attribute values keyed by the element's attribute names.
 * @return string HTML.
 */
function spasm_checker_render( array $values ) {
	static $script_printed = false;

	$tag = '<spasm-checker';
	foreach ( array_keys( SPASM_CHECKER_ATTRIBUTES ) as $name ) {
		if ( ! isset( $values[ $name ] ) || is_array( $values[ $name ] ) ) {
			continue;
		}
		$value = trim( (string) $values[ $name ] );
		if ( 'share-level' === $name ) {
			// A boolean attribute: present or absent.
			if ( in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on', 'share-level' ), true ) ) {
				$tag .= ' share-level';
			}
			continue;
		}
		if ( '' !== $value ) {
			$tag .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$tag .= '>';

	// The fallback shows until the script runs, and stays if it cannot run: it must read right
	// either way, and always give the emergency number.
	$number  = isset( $values['emergency-number'] ) && preg_match( '/^\d{2,6}$/', trim( (string) $values['emergency-number'] ) )
		? trim( (string) $values['emergency-number'] )
		: '911';
	$link    = '<a href="tel:' . esc_attr( $number ) . '">' . esc_html( $number ) . '</a>';
	$spanish = isset( $values['lang'] ) && preg_match( '/^es(-|$)/i', trim( (string) $values['lang'] ) );
	$tag    .= $spanish
		? '<p>Si cree que es una emergencia, llame al ' . $link . ' ahora.</p><p>La revisión de calambres y espasmos necesita JavaScript para mostrarse aquí.</p>'
		: '<p>If you think this is an emergency, call ' . $link . ' now.</p><p>The muscle cramp checker needs JavaScript to show here.</p>';
	$tag    .= '</spasm-checker>';

	if ( ! $script_printed ) {
		$script_printed = true;
		// A classic script, not deferred: see readme.txt for the optimisers that must leave it alone.
		$tag .= wp_get_script_tag(
			array(
				'src' => add_query_arg( 'ver', SPASM_CHECKER_VERSION, plugins_url( 'spasm-checker.js', __FILE__ ) ),
				'id'  => 'spasm-checker-js',
			)
		);
	}
	return $tag;
}

/**
 * [spasm_checker clinic-name="…" clinic-phone="…" booking-url="…"]
 *
 * @param array|string $atts Shortcode attributes.
 * @return string HTML.
 */
function spasm_checker_shortcode( $atts ) {
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word, as in [spasm_checker share-level].
			$key   = $value;
			$value = 'true';
		}
		$values[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = $value;
	}
	return spasm_checker_render( $values );
}

/**
 * The block's attributes, renamed to the element's, through the same function.
 *
 * @param array $attributes Block attributes.
 * @return string HTML.
 */
function spasm_checker_render_block( $attributes ) {
	$values = array();
	foreach ( SPASM_CHECKER_ATTRIBUTES as $name => $key ) {
		if ( isset( $attributes[ $key ] ) ) {
			$values[ $name ] = is_bool( $attributes[ $key ] ) ? ( $attributes[ $key ] ? 'true' : '' ) : $attributes[ $key ];
		}
	}
	return spasm_checker_render( $values );
}

add_action(
	'init',
	function () {
		// The same file, for the editor's preview of the block.
		wp_register_script( 'spasm-checker', plugins_url( 'spasm-checker.js', __FILE__ ), array(), SPASM_CHECKER_VERSION, false );
		register_block_type( __DIR__ . '/block', array( 'render_callback' => 'spasm_checker_render_block' ) );
		add_shortcode( 'spasm_checker', 'spasm_checker_shortcode' );
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'spasm-checker' );
	}
);
