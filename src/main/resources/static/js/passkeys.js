// Passkeys for editors: registering one (on /editor/passkeys) and signing in with one (on
// /editor/login), through Spring Security's WebAuthn endpoints. Without this file, or in a
// browser without passkeys, the buttons stay hidden and passwords work as before.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !window.fetch || !navigator.credentials) {
    return;
  }

  function toBuffer(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = window.atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function post(button, url, body) {
    var headers = { 'Content-Type': 'application/json' };
    headers[button.getAttribute('data-csrf-header')] = button.getAttribute('data-csrf');
    return fetch(url, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function say(text) {
    var status = document.getElementById('passkey-status');
    if (status) {
      status.textContent = text;
    }
  }

  var register = document.getElementById('passkey-register');
  if (register) {
    register.closest('form').hidden = false;
    register.closest('form').addEventListener('submit', function (event) {
      event.preventDefault();
      var label = document.getElementById('passkey-label').value.trim();
      if (!label) {
        say('Give the passkey a name first, such as "my laptop".');
        return;
      }
      say('Follow your browser\'s steps to make the passkey.');
      post(register, '/webauthn/register/options').then(function (options) {
        options.user.id = toBuffer(options.user.id);
        options.challenge = toBuffer(options.challenge);
        options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: toBuffer(c.id) });
        });
        return navigator.credentials.create({ publicKey: options });
      }).then(function (credential) {
        var response = credential.response;
        return post(register, '/webauthn/register', {
          publicKey: {
            label: label,
            credential: {
              id: credential.id,
              rawId: toBase64url(credential.rawId),
              type: credential.type,
              response: {
                attestationObject: toBase64url(response.attestationObject),
                clientDataJSON: toBase64url(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
              },
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            }
          }
        });
      }).then(function (result) {
        if (!result || !result.success) {
          throw new Error('refused');
        }
        window.location.href = '/editor/passkeys?added';
      }).catch(function () {
        say('No passkey was added. Try again, or keep using your password.');
      });
    });
  }

  var signIn = document.getElementById('passkey-signin');
  if (signIn) {
    signIn.hidden = false;
    signIn.addEventListener('click', function () {
      say('Follow your browser\'s steps to use your passkey.');
      post(signIn, '/webauthn/authenticate/options').then(function (options) {
        options.challenge = toBuffer(options.challenge);
        options.allowCredentials = (options.allowCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: toBuffer(c.id) });
        });
        return navigator.credentials.get({ publicKey: options });
      }).then(function (credential) {
        var response = credential.response;
        return post(signIn, '/login/webauthn', {
          id: credential.id,
          rawId: toBase64url(credential.rawId),
          credType: credential.type,
          response: {
            authenticatorData: toBase64url(response.authenticatorData),
            clientDataJSON: toBase64url(response.clientDataJSON),
            signature: toBase64url(response.signature),
            userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      }).then(function (result) {
        if (!result || !result.authenticated) {
          throw new Error('refused');
        }
        window.location.href = '/editor';
      }).catch(function () {
        say('That passkey did not sign you in. Try again, or use your name and password.');
      });
    });
  }
}());
