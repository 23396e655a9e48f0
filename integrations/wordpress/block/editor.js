// The block's editor: one field per attribute of <spasm-checker>, and a preview rendered by the
// server through the same PHP as the page. Plain JavaScript on WordPress's globals: no build step.
(function (blocks, element, blockEditor, components, ServerSideRender, i18n) {
  var el = element.createElement;
  var __ = i18n.__;
  var choose = function (label, options) {
    return [{ label: __('Default', 'spasm-checker') + ' (' + label + ')', value: '' }].concat(
      options.map(function (o) {
        return { label: o[1], value: o[0] };
      }),
    );
  };

  blocks.registerBlockType('spasm-checker/checker', {
    edit: function (props) {
      var a = props.attributes;
      var text = function (key, label, help, type) {
        return el(components.TextControl, {
          label: label,
          help: help,
          type: type || 'text',
          value: a[key],
          onChange: function (value) {
            var change = {};
            change[key] = value;
            props.setAttributes(change);
          },
        });
      };
      var select = function (key, label, options) {
        return el(components.SelectControl, {
          label: label,
          value: a[key],
          options: options,
          onChange: function (value) {
            var change = {};
            change[key] = value;
            props.setAttributes(change);
          },
        });
      };
      return el(
        element.Fragment,
        null,
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Your clinic', 'spasm-checker') },
            text(
              'clinicName',
              __('Clinic name', 'spasm-checker'),
              __('Shown on the phone and booking links. At most 80 characters.', 'spasm-checker'),
            ),
            text(
              'clinicPhone',
              __('Clinic phone', 'spasm-checker'),
              __('Shown as written, for example (555) 010-4477.', 'spasm-checker'),
              'tel',
            ),
            text(
              'bookingUrl',
              __('Booking page', 'spasm-checker'),
              __('An https: address or a path on this site such as /book.', 'spasm-checker'),
              'url',
            ),
            text(
              'emergencyNumber',
              __('Emergency number', 'spasm-checker'),
              __('2 to 6 digits. Empty means 911.', 'spasm-checker'),
            ),
          ),
          el(
            components.PanelBody,
            { title: __('Display', 'spasm-checker') },
            select(
              'view',
              __('What to show', 'spasm-checker'),
              choose('full', [
                ['full', __('Checker, then the learn section', 'spasm-checker')],
                ['checker', __('Checker only', 'spasm-checker')],
                ['learn', __('Learn section only', 'spasm-checker')],
              ]),
            ),
            select(
              'theme',
              __('Colors', 'spasm-checker'),
              choose('light', [
                ['light', __('Light', 'spasm-checker')],
                ['dark', __('Dark', 'spasm-checker')],
                ['auto', __('Follow the device', 'spasm-checker')],
              ]),
            ),
            select(
              'headingLevel',
              __('Heading level of the title', 'spasm-checker'),
              choose('2', [
                ['1', 'H1'],
                ['2', 'H2'],
                ['3', 'H3'],
                ['4', 'H4'],
                ['5', 'H5'],
              ]),
            ),
            select(
              'lang',
              __('Language', 'spasm-checker'),
              choose(__('the page’s', 'spasm-checker'), [
                ['en', 'English'],
                ['es', 'Español'],
              ]),
            ),
            el(components.ToggleControl, {
              label: __('Share the level of care with the page (first-party use only)', 'spasm-checker'),
              checked: !!a.shareLevel,
              onChange: function (value) {
                props.setAttributes({ shareLevel: value });
              },
            }),
          ),
        ),
        el('div', blockEditor.useBlockProps(), el(ServerSideRender, { block: 'spasm-checker/checker', attributes: a })),
      );
    },
    save: function () {
      return null;
    },
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.serverSideRender,
  window.wp.i18n,
);
